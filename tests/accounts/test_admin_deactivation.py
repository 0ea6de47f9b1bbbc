from __future__ import annotations

import pytest
from django.test import Client

from accounts.models import ApiToken
from accounts.services.tokens import api_token_create

pytestmark = pytest.mark.django_db


def test_unticking_active_in_the_admin_revokes_tokens(personas, settings) -> None:
    settings.MFA_REQUIRED_ROLES = []
    personas.admin_gb.is_superuser = True
    personas.admin_gb.save()
    api_token_create(user=personas.liaison_fr, name="script", expires_at=None)
    admin = Client()
    admin.force_login(personas.admin_gb)
    user = personas.liaison_fr
    page = admin.get(f"/admin/cases/user/{user.pk}/change/")
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k != "password"}
    data.update(
        {
            "username": user.username,
            "state": user.state_id,
            "role": user.role,
            "date_joined_0": user.date_joined.strftime("%Y-%m-%d"),
            "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
        }
    )
    data.pop("is_active", None)  # unticked
    data.pop("groups", None)
    data.pop("user_permissions", None)
    data.pop("last_login", None)
    response = admin.post(f"/admin/cases/user/{user.pk}/change/", data)
    assert response.status_code == 302, response.content[:2000]
    user.refresh_from_db()
    assert not user.is_active
    assert not ApiToken.objects.filter(user=user, revoked_at__isnull=True).exists()
