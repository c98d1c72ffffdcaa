from django.urls import include, path

app_name = "begroting"

urlpatterns: list = [
    path("", include("ministerie.begroting.kalender_urls")),
]
