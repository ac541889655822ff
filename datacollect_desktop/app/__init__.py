"""Application services (no Qt): what the window and the commands ask for, in domain terms."""
