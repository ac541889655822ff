"""Benchmarks: every figure printed beside its budget. Never run as tests."""
