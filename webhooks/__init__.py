"""Webhooks on publish (Standard Webhooks): subscriptions, signed deliveries, a retrying queue."""
