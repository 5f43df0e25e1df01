"""All hand-written rows of the fourth fresh complaint batch, in a fixed order."""

import posts_en
import posts_intl

POSTS = posts_en.POSTS + posts_intl.POSTS
