"""The app's one vocabulary, below every front end.

The window, the dossier, the letters and the command line all word the domain's codes
with `texts` in whichever language they speak (Qt's catalogue, i18n/*.ts); nothing here
imports the window.
"""
