"""What the parsed objects decide for the templates: qualified names and definition order."""

from __future__ import annotations

from user_api_contracts.generate.stubs.objects import AliasModel, ObjectModel, StubPackage
from user_api_contracts.generate.stubs.schema_types import TypeWriter

USER = ObjectModel(name="User", description="", fields=())
ROLE = AliasModel(name="Role", description="", annotation="Literal['admin']")
PACKAGE = StubPackage(
    api_name="users",
    package_name="users_stubs",
    servicer_class="UsersServicer",
    error_format="problem",
    models=(USER, ROLE),
    operations=(),
)


def test_model_names_are_qualified_outside_the_models_module() -> None:
    assert PACKAGE.qualified("list[User] | Role | None") == "list[models.User] | models.Role | None"


def test_string_literals_and_other_words_stay_as_they_are() -> None:
    assert PACKAGE.qualified("Literal['User', \"Role\"] | UserList") == (
        "Literal['User', \"Role\"] | UserList"
    )


def test_inline_objects_follow_the_component_that_needs_them() -> None:
    writer = TypeWriter(
        {
            "components": {
                "schemas": {
                    "User": {
                        "type": "object",
                        "properties": {"$meta": {"type": "object", "properties": {}}},
                    },
                    "Group": {
                        "type": "object",
                        "properties": {"owner": {"$ref": "#/components/schemas/User"}},
                    },
                }
            }
        }
    )
    writer.define_components()
    assert [model.name for model in writer.models()] == ["User", "UserMeta", "Group"]
