import os
import os.path as osp, sys
import a.b.c
from collections import deque
from concurrent.futures import (ThreadPoolExecutor as Pool,
                                as_completed,)
from . import sibling
from ..pkg import thing
from .mod import *
from typing import *
