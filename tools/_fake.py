"""Fictional identities and filler prose for the sample reports. Every name, number, institution
and date here is invented; all randomness comes from a ``random.Random`` seeded per sample."""

from __future__ import annotations

import datetime as dt
import random
import zlib
from dataclasses import dataclass

FEMALE = [
    "Maria",
    "Linda",
    "Aisha",
    "Chen",
    "Olga",
    "Priya",
    "Grace",
    "Helen",
    "Rosa",
    "Keiko",
    "Nadia",
    "Ingrid",
    "Fatima",
    "Joanna",
    "Beatriz",
    "Amara",
    "Sofia",
    "Ruth",
    "Yvonne",
    "Elif",
    "Margaret",
    "Dolores",
    "Hannah",
    "Mei",
    "Svetlana",
    "Tamar",
    "Carmen",
    "Lucia",
    "Ewa",
    "Bridget",
]
MALE = [
    "James",
    "Robert",
    "Ahmed",
    "Wei",
    "Tomasz",
    "Rahul",
    "Daniel",
    "Kofi",
    "Luis",
    "Hiroshi",
    "Ivan",
    "Samuel",
    "Omar",
    "Patrick",
    "Giovanni",
    "Mehmet",
    "Anders",
    "Victor",
    "Paul",
    "Dmitri",
    "George",
    "Arturo",
    "Kenji",
    "Hassan",
    "Peter",
]
LAST = [
    "Alvarez",
    "Brennan",
    "Castellano",
    "Dubois",
    "Eriksen",
    "Fairweather",
    "Gallagher",
    "Hollis",
    "Iyer",
    "Jablonski",
    "Kowalczyk",
    "Lindqvist",
    "Marchetti",
    "Nakamura",
    "Okonkwo",
    "Petrov",
    "Quintero",
    "Rasmussen",
    "Saldana",
    "Thibodeaux",
    "Umarov",
    "Vasquez",
    "Whitcombe",
    "Xiong",
    "Yilmaz",
    "Zeller",
    "Abernathy",
    "Brightwater",
    "Corcoran",
    "Delacroix",
    "Eastman",
    "Fenwick",
    "Grayling",
    "Hargreave",
    "Ivanova",
    "Juniper",
    "Kaminski",
    "Larkspur",
    "Montague",
    "Northcott",
    "Oyelaran",
    "Pemberton",
]
DOCTORS = [
    "Ellen R. Hartwell, MD",
    "Samuel Okafor, MD",
    "Miriam Castellanos, MD, PhD",
    "Jonah Whitfield, MD",
    "Priyanka Raman, MD",
    "Theo Vandermeer, DO",
    "Akiko Tanabe, MD",
    "Marcus Oyelowo, MD",
    "Beatrice Lindgren, MD",
    "Rafael Dominguez, MD",
    "Helena Sokolova, MD",
    "Graham Ashcroft, MD",
]
PATHOLOGISTS = [
    "Claire M. Ashdown, MD",
    "Victor N. Petrenko, MD",
    "Lena Hoffmeister, MD",
    "Desmond A. Oduya, MD",
    "Yuki Morimoto, MD, PhD",
    "Fernando Alcaraz, MD",
    "Harriet Quill, MD",
    "Nikolai Brandt, MD",
]


def seed_for(stem: str) -> int:
    return zlib.crc32(stem.encode("utf-8"))


@dataclass
class Patient:
    first: str
    last: str
    sex: str
    dob: dt.date
    mrn: str
    accession: str
    collected: dt.date
    received: dt.date
    reported: dt.date
    physician: str
    pathologist: str

    @property
    def age(self) -> int:
        d = self.collected
        return d.year - self.dob.year - ((d.month, d.day) < (self.dob.month, self.dob.day))

    def name(self, style: str = "last_first") -> str:
        if style == "last_first":
            return f"{self.last.upper()}, {self.first.upper()}"
        if style == "first_last":
            return f"{self.first} {self.last}"
        return f"{self.last}, {self.first}"


def patient(rng: random.Random, sex: str = "F", year: int = 2024, acc_prefix: str = "S") -> Patient:
    first = rng.choice(FEMALE if sex == "F" else MALE)
    last = rng.choice(LAST)
    dob = dt.date(rng.randint(1941, 1985), rng.randint(1, 12), rng.randint(1, 28))
    collected = dt.date(year, rng.randint(1, 11), rng.randint(1, 26))
    received = collected + dt.timedelta(days=rng.choice([0, 0, 1]))
    reported = received + dt.timedelta(days=rng.randint(2, 9))
    return Patient(
        first=first,
        last=last,
        sex=sex,
        dob=dob,
        mrn=f"{rng.randint(10, 99)}{rng.randint(0, 9999999):07d}",
        accession=f"{acc_prefix}{str(year)[2:]}-{rng.randint(1000, 39999):05d}",
        collected=collected,
        received=received,
        reported=reported,
        physician=rng.choice(DOCTORS),
        pathologist=rng.choice(PATHOLOGISTS),
    )


def fmt_date(d: dt.date, style: str = "us") -> str:
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    if style == "long":
        return f"{d.day} {d.strftime('%B %Y')}"
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


def plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


# ------------------------------------------------------------------------------------------
# Filler prose (invented for this project)


def gross_breast(rng: random.Random, kind: str = "core") -> str:
    if kind == "core":
        n = rng.randint(3, 6)
        return (
            f"Received in formalin labeled with the patient's name and \"left breast 2 o'clock\" are {n} "
            f"tan-white cores of fibrofatty tissue ranging from 0.{rng.randint(5, 9)} to {rng.randint(1, 2)}.{rng.randint(0, 9)} cm "
            f"in length and 0.1 cm in diameter. Cold ischemia time under 1 hour; time in formalin "
            f"{rng.randint(8, 40)} hours. Entirely submitted in cassette A1."
        )
    size = f"{rng.randint(11, 24)}.{rng.randint(0, 9)} x {rng.randint(7, 15)}.{rng.randint(0, 9)} x {rng.randint(3, 6)}.{rng.randint(0, 9)} cm"
    return (
        f"Received fresh is an oriented lumpectomy specimen measuring {size} with a short suture "
        f"(superior) and long suture (lateral). The margins are inked: superior blue, inferior green, "
        f"anterior yellow, posterior black, medial red, lateral orange. Serial sectioning reveals a firm, "
        f"stellate, gray-white mass measuring {rng.randint(12, 35)} mm in greatest dimension, located "
        f"{rng.randint(3, 12)} mm from the closest (posterior) margin. A biopsy clip is identified. "
        f"Representative sections are submitted in cassettes B1-B{rng.randint(8, 16)}."
    )


def gross_colon(rng: random.Random, site: str = "sigmoid colon") -> str:
    length = rng.randint(14, 32)
    return (
        f'Received fresh labeled "{site}" is a segment of large bowel measuring {length}.0 cm in length '
        f"and up to {rng.randint(4, 7)}.{rng.randint(0, 9)} cm in circumference, with attached mesenteric fat. "
        f"On opening there is an ulcerated, circumferential mass measuring {rng.randint(3, 7)}.{rng.randint(0, 9)} x "
        f"{rng.randint(2, 5)}.{rng.randint(0, 9)} cm, located {rng.randint(3, 9)}.0 cm from the distal margin. "
        f"The mass grossly invades into the pericolic fat. {rng.randint(12, 31)} possible lymph nodes are "
        f"identified. The remaining mucosa is tan-pink with normal folds. Representative sections are "
        f"submitted in cassettes A1-A{rng.randint(14, 24)}."
    )


def gross_gastric_biopsy(rng: random.Random, site: str = "gastric antrum") -> str:
    return (
        f'Received in formalin labeled "{site}, biopsy" are {rng.randint(4, 8)} tan-pink soft tissue '
        f"fragments ranging from 0.1 to 0.{rng.randint(3, 6)} cm. Entirely submitted in one cassette."
    )


def micro_filler(rng: random.Random, organ: str) -> str:
    if organ == "colon":
        opts = [
            "Sections show a moderately differentiated adenocarcinoma forming irregular, cribriform glands "
            "with luminal dirty necrosis, invading through the muscularis propria into pericolorectal "
            "adipose tissue. Tumor budding is low (score 1). Background mucosa shows no dysplasia.",
            "The tumor is composed of angulated glands lined by columnar cells with elongated, "
            "pseudostratified nuclei. A desmoplastic stromal reaction is present at the invasive front. "
            "No mucinous or signet-ring component is seen.",
        ]
    elif organ == "breast":
        opts = [
            "Sections show an infiltrating ductal carcinoma arranged in nests and cords with minimal tubule "
            "formation, moderate nuclear pleomorphism and brisk mitotic activity. Associated ductal carcinoma "
            "in situ of intermediate nuclear grade is present.",
            "The cores contain invasive carcinoma of no special type infiltrating fibrous stroma as single "
            "files and small trabeculae. No lymphovascular invasion is identified in these samples.",
        ]
    elif organ == "stomach":
        opts = [
            "The biopsies show gastric mucosa infiltrated by a moderately to poorly differentiated "
            "adenocarcinoma of intestinal type, with irregular fused glands in the lamina propria. "
            "Background mucosa shows chronic gastritis with intestinal metaplasia.",
            "Fragments of columnar mucosa are partially replaced by invasive adenocarcinoma forming "
            "complex glands; the adjacent mucosa shows low-grade dysplasia.",
        ]
    else:
        opts = [
            "Sections show the tumor described in the diagnosis. Immunohistochemical stains were "
            "performed on block A1 with appropriate controls."
        ]
    return rng.choice(opts)


DISCLAIMER = (
    "This test was developed and its performance characteristics determined by the laboratory. "
    "It has not been cleared or approved by the U.S. Food and Drug Administration. Results should be "
    "interpreted in the context of the clinical and pathologic findings. This report is FICTIONAL "
    "and was generated as software test data; it describes no real person."
)

# A comprehensive-panel gene list (gene symbols only). It names ERBB2 on purpose: a list of genes
# tested is not a result.
PANEL_GENES = (
    "ABL1 AKT1 AKT2 AKT3 ALK APC AR ARAF ARID1A ARID1B ARID2 ATM ATR ATRX AURKA AXL B2M BAP1 BARD1 BCL2 "
    "BCOR BRAF BRCA1 BRCA2 BRD4 BRIP1 BTK CALR CARD11 CCND1 CCND2 CCND3 CCNE1 CD274 CDH1 CDK12 CDK4 CDK6 "
    "CDKN1A CDKN1B CDKN2A CDKN2B CHEK1 CHEK2 CIC CREBBP CRKL CSF1R CTCF CTNNB1 DAXX DDR2 DICER1 DNMT3A "
    "EGFR EP300 EPHA3 ERBB2 ERBB3 ERBB4 ERCC4 ERG ESR1 EZH2 FANCA FANCC FANCG FBXW7 FGF19 FGF3 FGF4 FGFR1 "
    "FGFR2 FGFR3 FGFR4 FLT3 FOXL2 GATA3 GNA11 GNAQ GNAS HNF1A HRAS IDH1 IDH2 IGF1R JAK1 JAK2 JAK3 KDM5C "
    "KDM6A KDR KEAP1 KIT KMT2A KMT2D KRAS MAP2K1 MAP2K2 MAP3K1 MAPK1 MCL1 MDM2 MDM4 MED12 MET MLH1 MSH2 "
    "MSH3 MSH6 MTOR MUTYH MYC MYCN NF1 NF2 NFE2L2 NOTCH1 NOTCH2 NPM1 NRAS NRG1 NTRK1 NTRK2 NTRK3 PALB2 "
    "PDGFRA PDGFRB PIK3CA PIK3CB PIK3R1 PMS2 POLD1 POLE PPP2R1A PTEN PTPN11 RAD51C RAD51D RAF1 RB1 RET "
    "RICTOR RNF43 ROS1 SDHA SDHB SMAD2 SMAD4 SMARCA4 SMARCB1 SMO SOX9 SPOP STK11 TERT TET2 TP53 TSC1 TSC2 "
    "U2AF1 VHL WT1 XPO1 ZNF217"
)

HOTSPOT_GENES = (
    "AKT1, ALK, BRAF, CTNNB1, EGFR, ERBB2, ERBB4, FBXW7, FGFR1, FGFR2, FGFR3, GNAS, HRAS, IDH1, IDH2, KIT, "
    "KRAS, MAP2K1, MET, NRAS, PDGFRA, PIK3CA, PTEN, RET, SMAD4, SMO, STK11, TP53"
)
