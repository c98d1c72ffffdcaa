app_name = "woo"

urlpatterns: list = []
