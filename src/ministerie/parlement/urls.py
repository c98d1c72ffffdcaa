app_name = "parlement"

urlpatterns: list = []
