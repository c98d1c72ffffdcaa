app_name = "bestuurskosten"

urlpatterns: list = []
