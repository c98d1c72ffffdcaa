from rest_framework.pagination import PageNumberPagination


class Paginering(PageNumberPagination):
    page_query_param = "pagina"
    page_size = 100
    page_size_query_param = "paginagrootte"
    max_page_size = 500
