"""The two Google APIs (Authorized Buyers, Merchant) and what only they share.

OAuth scopes (``auth``), opaque page tokens (``page_tokens``) and int64 ids (``ids``).
"""
