from rest_framework.routers import SimpleRouter

from documents import api

router = SimpleRouter()
router.register("documents", api.DocumentViewSet, basename="document")

urlpatterns = router.urls
