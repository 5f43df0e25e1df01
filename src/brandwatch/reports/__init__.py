"""Periodic reports built from the review queue (complaint statistics for the business)."""
