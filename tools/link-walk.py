#!/usr/bin/env python3
"""Link walk: sign in as each persona, follow same-origin links (GET only) from the home page, report 4xx/5xx,
unresolved message keys (??x??) and pages reachable. Usage: python3 tools/link-walk.py BASE [max_pages_per_user] (the app running with the demo school, e.g. on H2)"""
import sys, re, urllib.request, urllib.parse, http.cookiejar, collections
BASE = sys.argv[1].rstrip('/'); MAX = int(sys.argv[2]) if len(sys.argv) > 2 else 400
USERS = ['admin', 'head0701', 'math0701', '070101', 'parent070101']
SKIP = re.compile(r'/logout|/export|\.xlsx|\.docx|\.pdf|/download|/files/|/photo|/video|/print\b|lang=|/webjars/|/css/|/js/|/img/|/avatars/|\.svg|\.png|\.jpg|/actuator')
def session():
    cj = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cj))
def get(op, url):
    try:
        r = op.open(url, timeout=60); return r.status, r.read().decode('utf-8', 'replace'), r.geturl()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode('utf-8', 'replace'), url
def login(op, user):
    st, body, _ = get(op, BASE + '/login')
    tok = re.search(r'name="_csrf" value="([^"]+)"', body).group(1)
    data = urllib.parse.urlencode({'username': user, 'password': 'demo1234', '_csrf': tok}).encode()
    r = op.open(urllib.request.Request(BASE + '/login', data=data)); return r.geturl()
problems = []
for lang in ['zh', 'en']:
    for user in USERS:
        op = session()
        if lang == 'en': get(op, BASE + '/login?lang=en')
        home = login(op, user)
        if '/account/password' in home or 'error' in home:
            print(user, 'login landed on', home); 
        seen = set(); queue = collections.deque(['/']); pages = 0
        while queue and pages < MAX:
            path = queue.popleft()
            if path in seen: continue
            seen.add(path); pages += 1
            st, body, final = get(op, BASE + path)
            if st >= 400 and st != 403 and st != 404: problems.append((lang, user, st, path))
            elif st == 404 and user != 'parent070101': problems.append((lang, user, st, path))
            if '??' in body:
                for k in set(re.findall(r'\?\?[\w.\-]+\?\?', body)): problems.append((lang, user, 'key', path, k))
            if st != 200: continue
            for href in re.findall(r'href="([^"#]+)', body):
                href = href.replace('&amp;', '&')
                u = urllib.parse.urljoin(BASE + path, href)
                if not u.startswith(BASE): continue
                p = u[len(BASE):] or '/'
                if SKIP.search(p): continue
                if p not in seen: queue.append(p)
        print(f'{lang} {user}: {pages} pages')
for p in problems: print('PROBLEM', *p)
print('problems:', len(problems))
