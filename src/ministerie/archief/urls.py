app_name = "archief"

urlpatterns: list = []
