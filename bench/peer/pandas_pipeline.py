#!/usr/bin/env python3
"""The peer a researcher would write instead of Vigil: a vectorized pandas + scikit-learn
pipeline that reads the same CERT-layout files, computes the same user-day features
(time bands, other PCs, removable media, classified documents, e-mail recipients and
attachments, web categories, uploads) and scores them with an isolation forest.

Files are read in chunks (the r4.2 http.csv is 14 GB) and partial counts are summed, as one
would have to. Prints one JSON line: seconds, peak RSS, user-days, bytes read.
Usage: pandas_pipeline.py DATA_DIR
"""
import json
import os
import re
import resource
import sys
import time

import numpy as np
import pandas as pd
from sklearn.ensemble import IsolationForest

CHUNK = 2_000_000
FMT = "%m/%d/%Y %H:%M:%S"
WEBMAIL = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "msn.com", "aol.com",
           "icloud.com", "comcast.net", "verizon.net", "att.net", "gmx.com", "mail.com", "protonmail.com",
           "qq.com", "163.com", "126.com", "sina.com", "yandex.ru", "mail.ru"}
CATEGORY_WORDS = {
    "leak_site": ["leak", "whistle", "securedrop", "secrets", "cryptome"],
    "hacking": ["hack", "keylog", "spyware", "exploit", "crack", "rootkit", "malware", "spy"],
    "gambling": ["casino", "poker", "bet", "gambl", "slots", "lotto"],
    "job_search": ["job", "career", "hiring", "recruit", "resume", "monster", "indeed", "glassdoor"],
    "cloud_storage": ["dropbox", "drive", "upload", "transfer", "mega", "box.com", "icloud", "onedrive"],
}


def category_of(host: str):
    for cat, words in CATEGORY_WORDS.items():
        if any(w in host for w in words):
            return cat
    return None


def band(ts: pd.Series) -> pd.Series:
    wd = ts.dt.dayofweek
    hr = ts.dt.hour
    return np.where(wd >= 5, 2, np.where((hr < 7) | (hr >= 19), 1, 0))


def chunks(path, **kw):
    if not os.path.exists(path):
        return
    yield from pd.read_csv(path, chunksize=CHUNK, on_bad_lines="skip", **kw)


def add(acc, frame):
    acc.append(frame)


def main(data):
    t0 = time.time()
    bytes_read = sum(os.path.getsize(os.path.join(data, f)) for f in os.listdir(data)
                     if f.endswith(".csv"))
    ldap_dir = os.path.join(data, "LDAP")
    ldap = pd.concat([pd.read_csv(os.path.join(ldap_dir, f)) for f in sorted(os.listdir(ldap_dir))])
    dept = ldap.groupby("user_id")["department"].last()
    docs = pd.read_csv(os.path.join(data, "documents.csv")) if os.path.exists(os.path.join(data, "documents.csv")) else pd.DataFrame(columns=["path", "classification", "owner_department"])
    classified = docs[docs.classification != "UNCLASSIFIED"].set_index("path")

    parts = []
    logons = []
    for c in chunks(os.path.join(data, "logon.csv"), usecols=["date", "user", "pc", "activity"]):
        c["ts"] = pd.to_datetime(c["date"], format=FMT)
        c["day"] = c["ts"].dt.normalize()
        c["off"] = band(c["ts"]) > 0
        logons.append(c[["user", "day", "pc", "activity", "off"]])
    logon = pd.concat(logons)
    on = logon[logon.activity == "Logon"]
    own = on.groupby(["user", "pc"]).size().reset_index(name="n").sort_values("n").groupby("user").last()["pc"]
    owner = own.reset_index().drop_duplicates("pc", keep=False).set_index("pc")["user"]
    on = on.assign(own=on.user.map(own), owner=on.pc.map(owner))
    f = on.assign(logons_off_hours=on.off, logons_other_pc=on.pc != on.own,
                  logons_others_pc=on.owner.notna() & (on.owner != on.user))
    parts.append(f.groupby(["user", "day"])[["logons_off_hours", "logons_other_pc", "logons_others_pc"]].sum())
    parts.append(logon.groupby(["user", "day"]).agg(pcs_used=("pc", "nunique"), events_off_hours=("off", "sum")))

    for c in chunks(os.path.join(data, "device.csv"), usecols=["date", "user", "pc", "activity"]):
        c["ts"] = pd.to_datetime(c["date"], format=FMT)
        c["day"] = c["ts"].dt.normalize()
        conn = c[c.activity == "Connect"].assign(
            usb_connects=1, usb_off_hours=lambda d: band(d.ts) > 0,
            usb_others_pc=lambda d: d.pc.map(owner).notna() & (d.pc.map(owner) != d.user))
        parts.append(conn.groupby(["user", "day"])[["usb_connects", "usb_off_hours", "usb_others_pc"]].sum())

    for c in chunks(os.path.join(data, "file.csv"), usecols=lambda col: col != "content"):
        c["ts"] = pd.to_datetime(c["date"], format=FMT)
        c["day"] = c["ts"].dt.normalize()
        to_rem = c["to_removable_media"].astype(str).eq("True") if "to_removable_media" in c else pd.Series(True, index=c.index)
        cls = c.filename.map(classified["classification"]) if len(classified) else pd.Series(None, index=c.index)
        owner_dept = c.filename.map(classified["owner_department"]) if len(classified) else pd.Series(None, index=c.index)
        f = pd.DataFrame({"user": c.user, "day": c.day, "file_events": 1, "files_to_removable": to_rem,
                          "classified_files": cls.notna(), "secret_files": cls.isin(["SECRET", "TOP SECRET"]),
                          "classified_outside_department": cls.notna() & (owner_dept != c.user.map(dept)),
                          "classified_to_removable": cls.notna() & to_rem,
                          "files_on_others_pc": c.pc.map(owner).notna() & (c.pc.map(owner) != c.user)})
        parts.append(f.groupby(["user", "day"]).sum())

    org = ldap.email.str.split("@").str[1].mode()[0]
    for c in chunks(os.path.join(data, "email.csv"), usecols=lambda col: col != "content"):
        if "activity" in c:
            c = c[c.activity == "Send"]
        c["ts"] = pd.to_datetime(c["date"], format=FMT)
        c["day"] = c["ts"].dt.normalize()
        rc = (c["to"].fillna("") + ";" + c["cc"].fillna("") + ";" + c["bcc"].fillna("")).str.lower().str.split(";")
        ex = pd.DataFrame({"id": c.id, "rcpt": rc}).explode("rcpt")
        ex = ex[ex.rcpt.str.len() > 0]
        dom = ex.rcpt.str.split("@").str[1]
        per = pd.DataFrame({"id": ex.id, "ext": dom != org, "personal": dom.isin(WEBMAIL), "n": 1}).groupby("id").sum()
        c = c.join(per, on="id")
        att = c.attachments.astype(str)
        n_att = np.where(att.str.fullmatch(r"\d+"), pd.to_numeric(att, errors="coerce"), att.str.count(r"\(\d+\)"))
        f = pd.DataFrame({"user": c.user, "day": c.day, "emails_sent": 1, "external_emails": c.ext > 0,
                          "personal_emails": c.personal > 0, "attachments_external": np.where(c.ext > 0, n_att, 0),
                          "attachments_personal": np.where(c.personal > 0, n_att, 0), "max_recipients": c.n})
        g = f.groupby(["user", "day"])
        parts.append(g.sum().drop(columns=["max_recipients"]).join(g["max_recipients"].max()))

    cats = {}
    for c in chunks(os.path.join(data, "http.csv"), usecols=lambda col: col != "content"):
        c["ts"] = pd.to_datetime(c["date"], format=FMT)
        c["day"] = c["ts"].dt.normalize()
        host = c.url.str.extract(r"^[a-zA-Z]+://([^/:?#]+)", expand=False).str.lower().str.replace(r"^www\d*\.", "", regex=True)
        for h in host.unique():
            if h not in cats:
                cats[h] = category_of(str(h))
        cat = host.map(cats)
        act = c["activity"] if "activity" in c else pd.Series("WWW Visit", index=c.index)
        f = pd.DataFrame({"user": c.user, "day": c.day, "web_visits": 1, "uploads": act == "WWW Upload",
                          "downloads": act == "WWW Download",
                          "exfil_uploads": (act == "WWW Upload") & cat.isin(["cloud_storage", "leak_site"])})
        for name in CATEGORY_WORDS:
            f[name] = cat == name
        parts.append(f.groupby(["user", "day"]).sum())

    features = pd.concat(parts).groupby(level=[0, 1]).sum().fillna(0)
    x = features.to_numpy(dtype=float)
    model = IsolationForest(n_estimators=100, max_samples=256, random_state=7).fit(x)
    scores = -model.score_samples(x)
    seconds = time.time() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "user_days": int(len(features)),
                      "features": int(x.shape[1]), "bytes": bytes_read, "max_score": float(scores.max())}))


if __name__ == "__main__":
    main(sys.argv[1])
