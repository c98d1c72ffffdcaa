app_name = "klachten"

urlpatterns: list = []
