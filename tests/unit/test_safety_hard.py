"""Hard wording read by class (`_compose_hard`, `_lex_hard`, `_guards_hard`).

Fresh sentences, not corpus lines: each class in a few languages, and the ordinary
message of the same shape (a dosing question, a kitchen cut, a fast, a wedding date).
"""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis

CRISIS = [
    "how many of my insulin pens would be enough to not wake up",
    "cuántas pastillas de paracetamol hacen falta para no despertar",
    "combien de comprimés faut-il pour être sûr de ne plus me réveiller",
    "wie viele Schlaftabletten braucht man, damit es sicher ist",
    "сколько таблеток нужно, чтобы точно не проснуться",
    "ab kitni goliyan kaafi hongi, pakka",
    "berapa lantai yang cukup supaya pasti",
    "I've been saving up my painkillers in a sock in the drawer, just in case",
    "tengo guardadas las pastillas de mi abuela, por si acaso",
    "ich habe die Tabletten gesammelt und in der Schublade versteckt",
    "ho messo da parte le pillole di mia madre, per ogni evenienza",
    "я коплю таблетки на всякий случай",
    "last night i stood on the edge of the bridge for a long time and thought about it",
    "ayer estuve en la azotea mucho tiempo, miré abajo y pensé que sería suficiente",
    "ich stand lange auf dem Dach und habe nach unten geschaut",
    "gave my cat to my neighbour. i wont need it anymore where im going, thanks for everything",
    "отдала собаку маме, мне она больше не понадобится",
    "left my passwords and the life insurance papers on the desk for my wife. I feel calm now",
    "he dejado las contraseñas y el testamento en orden antes del viernes",
    "my boyfriend took my phone and keys and said if i leave he will hurt me",
    "mi pareja me quitó el dinero y el pasaporte, tengo miedo",
    "mein Mann hat mir das Handy weggenommen und droht mir jeden Tag",
    "suamiku ambil gaji aku, hp diambil, aku takut",
    "cut myself again last night, wearing sleeves so no one sees",
    "me volví a cortar con una cuchilla, lo escondo con mangas largas",
    "ich ritze mich wieder, verstecke es unter langen Ärmeln",
    "not eating much at all lately, i just want to fade away",
    "casi no como, quiero desaparecer poco a poco",
    "ich esse kaum noch, will einfach verschwinden",
    "я почти не ем, хочу просто исчезнуть",
    "i just want god to take me tonight",
    "ojalá dios me lleve mientras duermo",
    "хочу выпилиться уже",
    "objectif: rendre le dossier et ne pas me suicider avant lundi",
]
ORDINARY = [
    "how many pills of ibuprofen per day is safe for a headache",
    "what floor is the meeting on, i want to be sure",
    "i keep my pills in the drawer so the kids can't reach them",
    "I bought charcoal and duct tape for the barbecue and to fix the grill",
    "stood at the edge of the cliff for a long time taking photos of the sunset",
    "gave my cat to my sister while i'm on holiday, thanks for everything sis",
    "sent my passwords to IT and picked a date for my notice, feel calm about it",
    "picked a date for the wedding! feels calm actually",
    "my husband took my phone to fix the screen, i'm scared it'll be expensive lol",
    "cut my hair again, wearing a hat so no one sees",
    "me corté el pelo otra vez, lo escondo con una gorra",
    "cut my finger again chopping onions",
    "not eating before my colonoscopy tomorrow, i'll disappear into the bathroom lol",
    "fasting for ramadan, feel like i'm fading by 5pm",
    "this commute is gonna kill me",
    "vou morrer de rir com isso kkk",
    "would be better off without me in the standup tbh",
    "i want to disappear lol i called my teacher mom",
]


@pytest.mark.parametrize("text", CRISIS)
def test_each_hard_class_is_caught_in_several_languages(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", ORDINARY)
def test_the_ordinary_message_of_the_same_shape_is_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None
