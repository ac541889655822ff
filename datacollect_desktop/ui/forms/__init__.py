"""Form.io forms rendered as Qt widgets: one editor per component type, and the form view."""
