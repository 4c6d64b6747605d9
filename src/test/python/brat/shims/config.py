"""Stand-in for the config.py that brat's install.sh writes and its server modules import.

Only the names those modules read are set. The collection being checked or edited lives under
BRAT_DATA_DIR (an environment variable); nothing is served, so there are no
users and no passwords.
"""
import os
import tempfile

DATA_DIR = os.environ['BRAT_DATA_DIR']
# brat looks for annotation.conf and visual.conf from a document's directory up to BASE_DIR
BASE_DIR = DATA_DIR
WORK_DIR = tempfile.gettempdir()
ADMIN_CONTACT_EMAIL = 'nobody@example.invalid'
USER_PASSWORD = {}
MAX_SEARCH_RESULT_NUMBER = 1000
DEBUG = False
TUTORIALS = False
LL_DEBUG, LL_INFO, LL_WARNING, LL_ERROR, LL_CRITICAL = list(range(5))
LOG_LEVEL = LL_WARNING
SIMSTRING_DEFAULT_UNICODE = True
