"""RQL, the query language of the Marketplace's list operations.

``parser`` builds the syntax tree (positions kept for errors); ``sql`` turns it into SQLAlchemy
conditions.
"""
