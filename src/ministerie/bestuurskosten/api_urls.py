"""API routes of this part, included in /api/v1/ (names live in the "api" namespace)."""

urlpatterns: list = []
