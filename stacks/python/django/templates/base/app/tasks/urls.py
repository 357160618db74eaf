from rest_framework.routers import SimpleRouter

from app.tasks.views import TaskViewSet

# /tasks and /tasks/<id>, without trailing slashes (the API spec's paths).
router = SimpleRouter(trailing_slash=False)
router.register("tasks", TaskViewSet, basename="task")

urlpatterns = router.urls
