from cases.models.states import State
from cases.models.tokens import ApiToken
from cases.models.users import Role, User

__all__ = ["ApiToken", "Role", "State", "User"]
