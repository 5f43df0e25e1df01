"""Third fresh batch: four invented brands in four new industries (helper h17, 2026-12-03), written by
hand before this round's changes, committed before it was scored. Row shape as in
../complaints_fresh2/posts.py: (language, platform, text, complaint, topic, sentiment, tags, reason)."""

import posts_de_pt
import posts_es_fr
import posts_ferry
import posts_furniture
import posts_tickets
import posts_vet

POSTS = (posts_vet.POSTS + posts_ferry.POSTS + posts_tickets.POSTS + posts_furniture.POSTS
         + posts_es_fr.POSTS + posts_de_pt.POSTS)
