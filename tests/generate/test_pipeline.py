"""`make generate`: reproducible output, skip when unchanged, atomic failure, clear errors."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from user_api_contracts.apis import APIS, Api, get_api
from user_api_contracts.generate.errors import GenerationError
from user_api_contracts.generate.pipeline import GENERATED, _files, generate_apis, output_parts

CLI = [sys.executable, "-m", "user_api_contracts.cli"]


def test_committed_output_is_what_the_specs_produce(fresh_generated: Path) -> None:
    """The drift check: byte for byte, every file of every API (and the manifest entries)."""
    for api in APIS:
        assert _files(fresh_generated, output_parts(api)) == _files(GENERATED, output_parts(api))
    assert (fresh_generated / "manifest.json").read_text() == (
        GENERATED / "manifest.json"
    ).read_text()


@pytest.fixture
def scratch_root(fresh_generated: Path, tmp_path: Path) -> Path:
    root = tmp_path / "generated"
    shutil.copytree(fresh_generated, root)
    return root


def test_unchanged_apis_are_skipped(scratch_root: Path) -> None:
    lines: list[str] = []
    generate_apis(APIS, root=scratch_root, progress=lines.append)
    assert lines == [f"[{api.name}] up to date" for api in APIS]


def test_a_hand_edit_is_regenerated(scratch_root: Path) -> None:
    model = scratch_root / "stubs/ringme/ringme_stubs/models.py"
    original = model.read_bytes()
    model.write_bytes(original + b"\n# edited by hand\n")
    lines: list[str] = []
    generate_apis([get_api("ringme")], root=scratch_root, progress=lines.append)
    assert [line.split()[1] for line in lines] == ["bundle", "3.0", "client", "stubs"]
    assert model.read_bytes() == original


def _broken(tmp_path: Path) -> Api:
    base = get_api("ringme")
    spec = tmp_path / "broken.yaml"
    text = base.spec_path.read_text(encoding="utf-8").replace(
        "openapi: 3.1.0", "openapi: 3.1.0\nx: [", 1
    )
    spec.write_text(text, encoding="utf-8")
    return dataclasses.replace(base, spec_file=spec)


def test_a_failed_api_leaves_generated_untouched(scratch_root: Path, tmp_path: Path) -> None:
    before = _files(scratch_root, ["."])
    with pytest.raises(GenerationError) as caught:
        generate_apis([_broken(tmp_path)], root=scratch_root, force=True, progress=lambda _: None)
    assert caught.value.lines[0] == "[ringme] failed; generated/ is unchanged"
    assert caught.value.lines[1].startswith(f"{tmp_path / 'broken.yaml'}:")
    assert _files(scratch_root, ["."]) == before
    assert not list(scratch_root.glob(".staging-*"))


def test_missing_formatter_fails_the_client_step(
    scratch_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openapi-python-client leaves code unformatted without ruff; here that is an error."""
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-env" / "python"))
    with pytest.raises(GenerationError) as caught:
        generate_apis([get_api("ringme")], root=scratch_root, force=True, progress=lambda _: None)
    assert "ruff is not installed" in caught.value.lines[1]


def test_unknown_api_is_one_line() -> None:
    result = subprocess.run([*CLI, "generate", "nope"], capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stderr == (
        "user-api-contracts: unknown API 'nope'; known APIs: "
        "authorized-buyers, merchant, marketplace, ringme\n"
    )


def test_progress_names_each_api_and_step(tmp_path: Path) -> None:
    lines: list[str] = []
    generate_apis([get_api("merchant")], root=tmp_path / "g", progress=lines.append)
    assert [line.split(" ", 2)[:2] for line in lines] == [
        ["[merchant]", "bundle"],
        ["[merchant]", "3.0"],
        ["[merchant]", "client"],
        ["[merchant]", "stubs"],
    ]
