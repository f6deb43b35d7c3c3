<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseList</name>
    <message>
        <location filename="../posassist/ui/case_list.py" line="36"/>
        <source>Your POS terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="40"/>
        <source>One case per terminal. Open a case to continue where you left off, or start a new one for a terminal you want to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="69"/>
        <source>No cases yet. Click “New case” to start with your first terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="78"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="81"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="87"/>
        <source>Show archived cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="122"/>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="122"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="60"/>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="61"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="62"/>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="64"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="65"/>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="73"/>
        <source>(no shop name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../posassist/ui/texts.py" line="165"/>
        <source>Photographed the device and the label with its serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="168"/>
        <source>Found the contract or took screenshots of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="169"/>
        <source>Kept every notice and message from the institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="172"/>
        <source>Downloaded the transaction records from the provider&apos;s app or portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="175"/>
        <source>Downloaded the settlement and deduction records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="178"/>
        <source>Settled the open batch, signed off and printed the settlement slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="181"/>
        <source>Keeping the merchant copies of the sales slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="182"/>
        <source>A notice is up at the till and the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="183"/>
        <source>Online listings no longer mention card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="186"/>
        <source>Reached the acquirer&apos;s official hotline or app, not only the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="189"/>
        <source>Asked for the exact procedure, the fees and the deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="192"/>
        <source>Asked them to record the exit as your own request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="195"/>
        <source>Kept a copy or screenshot of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="198"/>
        <source>Compared every deduction with the contract and the fee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="201"/>
        <source>Asked for the record of your consent to any fee change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="204"/>
        <source>Photographed the device before it left the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="207"/>
        <source>Cleared stored transactions and shop data (factory reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="210"/>
        <source>Kept the courier or handover receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="211"/>
        <source>Cleared away printer rolls and printed slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="214"/>
        <source>Got written confirmation that the terminal is shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="217"/>
        <source>The confirmation says it was your own request, not a forced removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="220"/>
        <source>Checked the linked bank and payment accounts for unexpected debits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="223"/>
        <source>Checked for forgotten merchant registrations under your ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../posassist/ui/texts.py" line="115"/>
        <source>Hardware POS (countertop, smart or e-signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="116"/>
        <source>Software POS (app or cash-register software)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="117"/>
        <source>Mobile POS (card reader used with a phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="120"/>
        <source>Leased from the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="121"/>
        <source>Bought, it is mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="122"/>
        <source>Lent against a deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="125"/>
        <source>Closing down or business change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="126"/>
        <source>Fault or damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="127"/>
        <source>Suspended by the payment institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="128"/>
        <source>Switching to another provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="129"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="132"/>
        <source>Have it repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="133"/>
        <source>Get a replacement device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="134"/>
        <source>Stop using card payments with it for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="137"/>
        <source>Official hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="138"/>
        <source>Provider&apos;s app or website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="139"/>
        <source>Paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="140"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="141"/>
        <location filename="../posassist/ui/texts.py" line="154"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="142"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="145"/>
        <source>Sent by courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="146"/>
        <source>Handed over in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="147"/>
        <source>Collected by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="150"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="151"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="152"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="153"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="155"/>
        <source>Chat message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <location filename="../posassist/ui/models.py" line="104"/>
        <location filename="../posassist/ui/record_dialogs.py" line="100"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="105"/>
        <location filename="../posassist/ui/record_dialogs.py" line="101"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="106"/>
        <location filename="../posassist/ui/record_dialogs.py" line="102"/>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="107"/>
        <source>Ticket no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="108"/>
        <location filename="../posassist/ui/record_dialogs.py" line="104"/>
        <source>What was said or promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="109"/>
        <location filename="../posassist/ui/record_dialogs.py" line="105"/>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="67"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="69"/>
        <source>Log a contact with the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="86"/>
        <source>Name or staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="103"/>
        <source>Ticket / reference no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="109"/>
        <source>Write down what was said or promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="112"/>
        <source>Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../posassist/ui/record_lists.py" line="120"/>
        <source>%n contact(s) logged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="137"/>
        <source>Remove this contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="138"/>
        <source>Remove the contact of %1 from the log?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../posassist/ui/pages/contact.py" line="14"/>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../posassist/ui/texts.py" line="268"/>
        <source>Last day of card payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="269"/>
        <source>Provider&apos;s answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="270"/>
        <source>Follow up with the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="271"/>
        <source>Deposit refund due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="272"/>
        <source>Stop watching bank statements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="17"/>
        <source>The case file %1 was saved by a newer version of POS Assist.

Install that version to open it. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="23"/>
        <source>The case file %1 cannot be opened.

Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="29"/>
        <source>Cannot open your cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="36"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="37"/>
        <source>POS Assist ran into a problem it did not expect. Everything you entered before this message is saved.

The details were written to the log file in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="51"/>
        <source>Some things are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="52"/>
        <source>The step “%1” still has open points:

%2

Mark it done anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeList</name>
    <message>
        <location filename="../posassist/ui/models.py" line="131"/>
        <location filename="../posassist/ui/record_dialogs.py" line="160"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="132"/>
        <location filename="../posassist/ui/record_dialogs.py" line="161"/>
        <source>Who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="133"/>
        <location filename="../posassist/ui/record_dialogs.py" line="183"/>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="134"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="135"/>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="136"/>
        <location filename="../posassist/ui/record_dialogs.py" line="168"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="137"/>
        <location filename="../posassist/ui/record_dialogs.py" line="169"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="130"/>
        <source>Edit fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="130"/>
        <source>Add a fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="163"/>
        <source>Amount due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="166"/>
        <source>Paid so far (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="184"/>
        <source>Paid so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="152"/>
        <source>Add a fee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="161"/>
        <source>Still owed by the shop: %1    Still owed to the shop: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="180"/>
        <source>Remove this fee?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="181"/>
        <source>Remove “%1” from the fee list?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <location filename="../posassist/ui/texts.py" line="248"/>
        <source>Rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="249"/>
        <source>Maintenance fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="250"/>
        <source>Transaction fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="251"/>
        <source>SIM / data fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="252"/>
        <source>Service / annual fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="253"/>
        <source>Deposit refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="254"/>
        <source>Early-termination fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="255"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="261"/>
        <source>The shop pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="262"/>
        <source>The shop is owed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../posassist/ui/fields.py" line="58"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="125"/>
        <source>Usually %1 digits: please check it against a slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="131"/>
        <source>Only digits are expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="166"/>
        <source>A card number was shortened to its first 6 and last 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="189"/>
        <source>Only the last 4 digits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="195"/>
        <source>Enter exactly 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="216"/>
        <source>A card number is stored shortened to its first 6 and last 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="232"/>
        <location filename="../posassist/ui/fields.py" line="233"/>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="289"/>
        <source>Use at most 2 decimal places, e.g. 45.50. Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="290"/>
        <source>This is not an amount; type e.g. 1234.50. Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="38"/>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="39"/>
        <source>Provider (who gave you the terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="40"/>
        <source>Provider&apos;s customer-service hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="41"/>
        <source>Contract / agreement number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="42"/>
        <source>Merchant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="43"/>
        <source>Terminal ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="44"/>
        <source>Terminal type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="45"/>
        <source>Device serial number (SN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="46"/>
        <source>Whose device is it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="47"/>
        <source>Deposit paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="48"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="49"/>
        <source>Settlement account: bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="50"/>
        <source>Settlement account: last 4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="51"/>
        <source>Why it stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="52"/>
        <source>What should happen to the faulty terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="53"/>
        <source>What is wrong with it, since when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="54"/>
        <source>Date of the suspension notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="55"/>
        <source>Your appeal: what you asked for and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="56"/>
        <source>Describe the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="57"/>
        <source>Date of the last card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="58"/>
        <source>Date of the last settlement to your bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="59"/>
        <source>Amount still to be settled to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="60"/>
        <source>Last day card payments are taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="61"/>
        <source>Notice put up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="62"/>
        <source>Acquirer (the licensed institution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="63"/>
        <source>Application submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="64"/>
        <source>How you applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="65"/>
        <source>Reference / ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="66"/>
        <source>Answer promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="67"/>
        <source>All my card payments were settled to my bank account, amounts correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="70"/>
        <source>Deposit taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="71"/>
        <source>Conditions for getting it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="72"/>
        <source>How the conditions were met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="73"/>
        <source>Refund promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="74"/>
        <source>The deposit came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="75"/>
        <source>Deposit refunded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="76"/>
        <source>How the device went back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="77"/>
        <source>Courier company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="78"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="79"/>
        <source>Sent or handed over on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="80"/>
        <source>Received by (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="81"/>
        <source>The app or software is uninstalled everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="82"/>
        <source>The software account is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="83"/>
        <source>Sensitive data wiped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="84"/>
        <source>Cut off from the network (SIM removed, Wi-Fi forgotten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="87"/>
        <source>Merchant account closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="88"/>
        <source>Settlement card unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="89"/>
        <source>Closure confirmation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="90"/>
        <source>Account closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="91"/>
        <source>All fees are confirmed settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="92"/>
        <source>Paper slips with card data are shredded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="93"/>
        <source>Watch bank statements until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="94"/>
        <source>Plans for a new terminal, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="101"/>
        <source>15 digits, printed on every slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="102"/>
        <source>8 digits, printed on every slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="103"/>
        <source>On the label on the back of the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="104"/>
        <source>e.g. 95xxx or 400-xxx-xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="105"/>
        <source>Only the last 4 digits are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="106"/>
        <source>Given to you by the hotline or the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="107"/>
        <source>From the provider&apos;s written confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="108"/>
        <source>From the courier receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../posassist/ui/help.py" line="31"/>
        <source>Common questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/help.py" line="39"/>
        <source>## POS Assist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/help.py" line="41"/>
        <source>Walks you through stopping and closing out a card-payment POS terminal, and keeps the proof. It recommends no provider and sends nothing anywhere: your cases stay in one file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/help.py" line="48"/>
        <source>### Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/help.py" line="50"/>
        <source>POS Assist is free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/help.py" line="52"/>
        <source>It is built with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/help.py" line="57"/>
        <source>About POS Assist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../posassist/ui/texts.py" line="303"/>
        <source>Case created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="304"/>
        <source>Case status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="305"/>
        <source>Terminal details changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="306"/>
        <source>Step marked done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="307"/>
        <source>Step reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="308"/>
        <source>Contact logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="309"/>
        <source>Contact removed from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="310"/>
        <source>Fee added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="311"/>
        <source>Fee removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../posassist/ui/main_window.py" line="39"/>
        <source>POS Assist – stop a POS terminal safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="54"/>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="55"/>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="59"/>
        <source>&amp;All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="63"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="68"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="78"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="79"/>
        <source>Common &amp;questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="83"/>
        <source>&amp;About POS Assist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../posassist/ui/pages/money.py" line="30"/>
        <source>Fees connected with the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/money.py" line="38"/>
        <source>Deposit tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/money.py" line="54"/>
        <source>Deposit paid: %1 (entered in the first step)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../posassist/ui/texts.py" line="278"/>
        <source>Not filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="280"/>
        <source>Not ticked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="282"/>
        <source>Unusual number of digits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="286"/>
        <source>Should contain only digits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="290"/>
        <source>No contact with the provider is logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="291"/>
        <source>The fee list still shows money owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="292"/>
        <source>The deposit has not come back yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="293"/>
        <source>This step is not marked done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="53"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="56"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="37"/>
        <source>Steps and what is still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="39"/>
        <source>Double-click a line to go to that step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="45"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="45"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="52"/>
        <source>Dates still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="99"/>
        <source>No dates pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="103"/>
        <source>This case is marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="104"/>
        <source>Reopen the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../posassist/ui/pages/review.py" line="107"/>
        <source>%n point(s) still open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="109"/>
        <source>Every step is done. You can close the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="111"/>
        <source>Mark the case done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="124"/>
        <source>Mark the case done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../posassist/ui/pages/review.py" line="125"/>
        <source>%n point(s) are still open. Mark the case done anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="93"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="95"/>
        <source>* needed to complete this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="119"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="124"/>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="180"/>
        <source>Not needed for this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="183"/>
        <source>Done on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../posassist/ui/pages/base.py" line="187"/>
        <source>%n point(s) still open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="189"/>
        <source>Everything needed is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="192"/>
        <source>Reopen this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="194"/>
        <source>Mark this step done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../posassist/ui/texts.py" line="23"/>
        <source>The terminal and why it stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="24"/>
        <source>Back up the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="25"/>
        <source>Tell your customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="26"/>
        <source>Contact the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="27"/>
        <source>Apply to stop the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="28"/>
        <source>Settle the money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="29"/>
        <source>Return the device / remove the software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="30"/>
        <source>Cut it off and close the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="31"/>
        <source>Afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="32"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../posassist/ui/texts.py" line="231"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="232"/>
        <location filename="../posassist/ui/texts.py" line="240"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="233"/>
        <location filename="../posassist/ui/texts.py" line="241"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="234"/>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/texts.py" line="242"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../posassist/ui/wizard.py" line="42"/>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="65"/>
        <source>‹ All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="72"/>
        <source>Contact log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="75"/>
        <source>Every call, visit and message with the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="112"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="115"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="172"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="177"/>
        <source>This step is not needed for this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="181"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
