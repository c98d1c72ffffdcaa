"""Operations endpoints, included at the root: /gezondheid/leeft, /gezondheid/gereed, /metrics.
No trailing slash: a probe that gets a redirect may count it as a success."""

from django.urls import path

from . import views

app_name = "bedrijfsvoering"

urlpatterns = [
    path("gezondheid/leeft", views.LeeftView.as_view(), name="leeft"),
    path("gezondheid/gereed", views.GereedView.as_view(), name="gereed"),
    path("metrics", views.MetriekenView.as_view(), name="metrieken"),
]
