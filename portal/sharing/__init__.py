"""Linking, sharing and printing: short links, QR codes, share tags, print sheets, counter cards, calendar."""
