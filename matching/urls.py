from django.urls import path

from matching import api

urlpatterns = [
    path("cases/<uuid:case_id>/links/", api.CaseLinksView.as_view(), name="case-links"),
    path(
        "subjects/<uuid:subject_id>/matches/",
        api.SubjectMatchesView.as_view(),
        name="subject-matches",
    ),
    path(
        "subjects/<uuid:subject_id>/matches/<uuid:match_id>/decision/",
        api.SubjectMatchDecisionView.as_view(),
        name="subject-match-decision",
    ),
    path(
        "subjects/<uuid:subject_id>/watchlist-hits/",
        api.SubjectWatchListHitsView.as_view(),
        name="subject-watchlist-hits",
    ),
    path(
        "subjects/<uuid:subject_id>/watchlist-hits/<uuid:hit_id>/decision/",
        api.SubjectWatchListHitDecisionView.as_view(),
        name="subject-watchlist-hit-decision",
    ),
    path("assets/<uuid:asset_id>/matches/", api.AssetMatchesView.as_view(), name="asset-matches"),
    path(
        "assets/<uuid:asset_id>/matches/<uuid:match_id>/decision/",
        api.AssetMatchDecisionView.as_view(),
        name="asset-match-decision",
    ),
]
