"""Build hook: put the top-level resources/ and the compiled translations into the package.

`resources/` and `i18n/*.ts` are the sources. The wheel (and so every installer built
from it) carries them as `posassist/_data/`, which the app reads with importlib.resources.
An editable install generates the same folder inside the source tree.
"""

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the build runs setup.py by path
import tools.build_data as build_data  # noqa: E402


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            target = Path(__file__).parent / "posassist" / "_data"
        else:
            target = Path(self.build_lib) / "posassist" / "_data"
        build_data.build(target)


setup(cmdclass={"build_py": BuildPyWithData})
