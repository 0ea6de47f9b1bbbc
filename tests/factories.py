"""Every factory of the suite, in one module (factory-boy)."""

from __future__ import annotations

from typing import Any, cast

import factory

from cases.models import Role, User

TEST_PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    name = factory.Faker("name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    role = Role.PROSECUTOR
    state_id = "GB"
    password = factory.django.Password(TEST_PASSWORD)


def make_user(**fields: Any) -> User:
    return cast(User, UserFactory(**fields))
