"""Evidence intake: decide what a file is from its bytes, refuse what is broken or hostile,
hash it while reading, and make thumbnails. Pure Python, no Qt (Pillow, pi-heif, pypdf,
pypdfium2). The API is in `intake` and `thumbnails`; the other modules are its parts."""
