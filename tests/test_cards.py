from posassist.domain.cards import is_last4, luhn_valid, mask_card_number, mask_card_numbers


def test_mask_keeps_first_six_and_last_four():
    assert mask_card_number("6222021234567890128") == "622202*********0128"
    assert mask_card_number("4111 1111 1111 1111") == "411111******1111"


def test_luhn():
    assert luhn_valid("4111111111111111")
    assert not luhn_valid("4111111111111112")


def test_free_text_masks_only_card_numbers():
    text = "卡号 4111 1111 1111 1111，工单 20261115037245，电话 13800138000"
    masked, count = mask_card_numbers(text)
    assert count == 1
    assert "411111******1111" in masked
    assert "4111 1111 1111 1111" not in masked
    # A ticket number that fails the Luhn check and a phone number stay as they are.
    assert "20261115037245" in masked
    assert "13800138000" in masked


def test_last4():
    assert is_last4("0123")
    assert not is_last4("123")
    assert not is_last4("12a4")
