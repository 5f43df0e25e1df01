"""All hand-written rows of the fifth fresh complaint batch, in a fixed order."""

import posts_de
import posts_en
import posts_es
import posts_fr
import posts_pt

POSTS = posts_en.POSTS + posts_es.POSTS + posts_fr.POSTS + posts_de.POSTS + posts_pt.POSTS
