from core import routes
from matching import api

urlpatterns = routes.views(
    ("cases/<uuid:case_id>/links/", api.CaseLinksView, "case-links"),
    ("subjects/<uuid:subject_id>/matches/", api.SubjectMatchesView, "subject-matches"),
    (
        "subjects/<uuid:subject_id>/matches/<uuid:match_id>/decision/",
        api.SubjectMatchDecisionView,
        "subject-match-decision",
    ),
    (
        "subjects/<uuid:subject_id>/watchlist-hits/",
        api.SubjectWatchListHitsView,
        "subject-watchlist-hits",
    ),
    (
        "subjects/<uuid:subject_id>/watchlist-hits/<uuid:hit_id>/decision/",
        api.SubjectWatchListHitDecisionView,
        "subject-watchlist-hit-decision",
    ),
    ("assets/<uuid:asset_id>/matches/", api.AssetMatchesView, "asset-matches"),
    (
        "assets/<uuid:asset_id>/matches/<uuid:match_id>/decision/",
        api.AssetMatchDecisionView,
        "asset-match-decision",
    ),
)
