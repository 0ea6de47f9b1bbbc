from django.urls import path
from rest_framework.routers import SimpleRouter

from deadlines.api import deadlines, feed_tokens

router = SimpleRouter()
# Before the deadlines, whose detail route would otherwise read "feed-tokens" as an id.
router.register(
    "deadlines/feed-tokens", feed_tokens.CalendarFeedTokenViewSet, basename="deadline-feed-token"
)
router.register("deadlines", deadlines.DeadlineViewSet, basename="deadline")

urlpatterns = [
    # Before the router, whose deadline detail route would otherwise read "deadlines.ics".
    path("deadlines.ics", deadlines.DeadlineCalendarView.as_view(), name="deadline-calendar"),
    *router.urls,
]
