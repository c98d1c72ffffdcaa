"""Routes of the budget calendar and the accres pages (included by begroting/urls.py)."""

urlpatterns: list = []
