"""“Which option is for me?”: from three answers to the choices that fit, each statement with the
Q&A questions it comes from. Guidance built only from the facts the Q&A carries; nothing is stored."""
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

MID_LONG, SPECIAL, OTHER = "mid_long", "special_permanent", "other"
YES, NO, UNSURE = "yes", "no", "unsure"
SUGGESTED, POSSIBLE = "suggested", "possible"

STATUS_CHOICES = [
    (MID_LONG, _("I have a residence card (I am a mid- to long-term resident)")),
    (SPECIAL, _("I am a special permanent resident")),
    (OTHER, _("Neither (for example, I have a temporary-refuge or provisional-stay permit)")),
]
PROCEDURE_CHOICES = [
    (YES, _("Yes (for example, an extension of my period of stay, a change of status, or a move)")),
    (NO, _("No")),
    (UNSURE, _("I do not know")),
]
MY_NUMBER_CHOICES = [
    (YES, _("Yes, or I want to")),
    (NO, _("No, and I do not want to")),
    (UNSURE, _("I have not decided")),
]


@dataclass(frozen=True)
class Statement:
    text: str
    questions: tuple[int, ...]
    dates_tool: bool = False  # link the “My dates” tool too


@dataclass(frozen=True)
class Choice:
    letter: str
    statement: Statement
    fit: str  # SUGGESTED or POSSIBLE


@dataclass
class Outcome:
    eligible: bool
    summary: Statement
    choices: list[Choice] = field(default_factory=list)
    points: list[Statement] = field(default_factory=list)


CARD_CHOICES = {
    MID_LONG: {
        "a": Statement(_("Specified Residence Card: one card that is both your residence card and your My Number Card. Procedures for both can be finished in one visit."), (1, 12)),
        "b": Statement(_("A residence card and a My Number Card, separately: two cards, as before. Residence-card procedures are done at the regional immigration services bureau, My Number Card procedures at the municipal office."), (12, 8)),
        "c": Statement(_("A residence card only: you do not get a My Number Card. You are still given a My Number."), (12, 2)),
    },
    SPECIAL: {
        "a": Statement(_("Specified Special Permanent Resident Certificate: your special permanent resident certificate and your My Number Card in one card."), (10, 12)),
        "b": Statement(_("A special permanent resident certificate and a My Number Card, separately: two cards, as before."), (10, 12)),
        "c": Statement(_("A special permanent resident certificate only: you do not get a My Number Card. You are still given a My Number."), (10, 12)),
    },
}

NOT_ELIGIBLE = Statement(_("From what you told us, you probably cannot apply. The card is for mid- to long-term residents and special permanent residents recorded in the Basic Resident Register; holders of a temporary-refuge or provisional-stay permit cannot apply."), (13,))
ASK_OFFICE = Statement(_("For your own case, ask the regional immigration services bureau."), (11,))
SUMMARY_MID_LONG = Statement(_("You can choose one of three options. Which one fits depends on how you use the My Number Card."), (12,))
SUMMARY_SPECIAL = Statement(_("Special permanent residents can get the Specified Special Permanent Resident Certificate, or keep their cards as they are."), (10,))

OPTIONAL = Statement(_("Getting it is your choice: it is not mandatory."), (2,))
WITH_PROCEDURE = Statement(_("You can apply together with that procedure, in one visit: at the immigration bureau (for example, an extension of your period of stay or a change of status) or at the municipal office together with a residence notification (for example, when you move)."), (17, 1))
NO_PROCEDURE = Statement(_("With no procedure due at immigration, you can apply together with a reissue of your residence card at a nearby regional immigration services bureau."), (3,))
WHICH_PROCEDURES = Statement(_("The procedures you can combine with an application are listed in the Q&A."), (17, 3))
SPECIAL_PLACE = Statement(_("If you integrate your certificate, you still do your procedures at the municipal office, as before."), (10, 17))
NOT_ALWAYS = Statement(_("If you apply, you may in some circumstances get an ordinary residence card instead, which cannot be used as a My Number Card."), (4,))
NOT_ONLINE = Statement(_("For the time being, you cannot get it through the online residence application system."), (5,))
WHEN = Statement(_("Applications started on 15 June 2026."), (16,))
PERIOD_OF_STAY = Statement(_("If you are not a permanent resident, the card works as a My Number Card only until your period of stay ends. From three months before that day, you can update it at your municipal office."), (25, 6), dates_tool=True)
CERTIFICATE = Statement(_("Check the expiry date of the electronic certificate on the card and update it early: when it expires, online identity verification stops."), (26,))
HEALTH_INSURANCE = Statement(_("If you do not use the My Number Card for health insurance, you use an eligibility confirmation certificate. Old health insurance cards no longer work."), (27,))


def _fits(my_number: str) -> dict[str, str]:
    if my_number == YES:
        return {"a": SUGGESTED, "b": POSSIBLE, "c": POSSIBLE}
    if my_number == NO:
        return {"a": POSSIBLE, "b": POSSIBLE, "c": SUGGESTED}
    return {"a": POSSIBLE, "b": POSSIBLE, "c": POSSIBLE}


def advise(status: str, procedure: str, my_number: str) -> Outcome:
    if status == OTHER:
        return Outcome(eligible=False, summary=NOT_ELIGIBLE, points=[ASK_OFFICE])
    fits = _fits(my_number)
    choices = [Choice(letter, statement, fits[letter]) for letter, statement in CARD_CHOICES[status].items()]
    # Suggested first; otherwise the official order (a), (b), (c).
    choices.sort(key=lambda choice: choice.fit != SUGGESTED)
    points = [OPTIONAL]
    if status == SPECIAL:
        summary = SUMMARY_SPECIAL
        points += [SPECIAL_PLACE, WHEN]
    else:
        summary = SUMMARY_MID_LONG
        points.append({YES: WITH_PROCEDURE, NO: NO_PROCEDURE}.get(procedure, WHICH_PROCEDURES))
        points += [NOT_ALWAYS, NOT_ONLINE, WHEN]
    if my_number == NO:
        points.append(HEALTH_INSURANCE)
    else:
        if status == MID_LONG:
            points.append(PERIOD_OF_STAY)
        points.append(CERTIFICATE)
    if my_number == UNSURE:
        points.append(HEALTH_INSURANCE)
    return Outcome(eligible=True, summary=summary, choices=choices, points=points)


def question_numbers(outcome: Outcome) -> set[int]:
    statements = [outcome.summary, *outcome.points, *(choice.statement for choice in outcome.choices)]
    return {number for statement in statements for number in statement.questions}
