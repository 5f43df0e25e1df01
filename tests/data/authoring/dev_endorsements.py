POSTS = []
