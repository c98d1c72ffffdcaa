app_name = "correspondentie"

urlpatterns: list = []
