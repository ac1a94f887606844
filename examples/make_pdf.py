"""Build the demo corpus's PDF from its text (fpdf2). Run: python examples/make_pdf.py"""

from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).parent
TEXT = """The Kronstadt rebellion, 1921

Summary written for kartoteka of the Wikipedia article "Kronstadt rebellion".

On 1 March 1921 sailors of the Baltic Fleet at Kronstadt rose up against the Bolshevik
government, demanding freely elected soviets and freedom of speech for socialist parties.

On 7 March 1921 the Red Army began its attack across the frozen gulf. The fortress fell on
18 March 1921. Around 10,000 soldiers of the attacking force were killed or wounded.

In the following months the Cheka executed between 1,200 and 2,168 rebels; others were sent to
the camps of the north.
"""


def build(target: Path = HERE / "corpus" / "kronstadt-rebellion.pdf") -> Path:
    pdf = FPDF()
    pdf.set_title("The Kronstadt rebellion, 1921")
    pdf.set_author("kartoteka demo corpus")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in TEXT.split("\n\n"):
        pdf.multi_cell(0, 6, paragraph.replace("\n", " "))
        pdf.ln(3)
    pdf.output(str(target))
    return target


if __name__ == "__main__":
    print(build())
