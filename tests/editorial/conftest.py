import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command


@pytest.fixture
def roles(db):
    call_command("setup_roles", verbosity=0)


def _staff(username, group):
    user = User.objects.create_user(username, password="correct horse battery staple", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(roles):
    return _staff("editor", "editor")


@pytest.fixture
def publisher(roles):
    return _staff("publisher", "publisher")
