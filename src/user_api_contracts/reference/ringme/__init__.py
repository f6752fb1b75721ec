"""RingMe's reference: client users of the cloud PBX, one module per job.

``tables`` (SQLite tables), ``servicer`` (the operations and access rules), ``rate_limits``
(the hourly counter a client's users share), ``app`` (the ASGI app with the rate-limit headers
on every answer) and ``demo`` (the demo client and its tokens).
"""

from .app import RingMeApp, build_ringme_app
from .servicer import RingMeConfig, RingMeReference
from .tables import client_users, clients

__all__ = [
    "RingMeApp",
    "RingMeConfig",
    "RingMeReference",
    "build_ringme_app",
    "client_users",
    "clients",
]
