"""PDF reports: the evidence dossier, the upload packet, the customer notice, and `verify`.

Nothing is imported here: ReportLab and pypdf load only when a report is made, so the
app's start-up never pays for them. Its callers are the use cases in posassist.usecases.
"""
