import java.io.File;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The sample book pdf-book.steps picks, shaped like the Deep Learning book: 3 parts, 20 chapters of 5 sections, 450
 * pages. Run with the app's jar on the class path: java -cp target/studypath.jar src/test/walks/MakeBookPdf.java OUT.
 */
public class MakeBookPdf {
    static final String[] CHAPTERS = {"Introduction", "Linear Algebra", "Probability and Information Theory",
        "Numerical Computation", "Machine Learning Basics", "Deep Feedforward Networks", "Regularization",
        "Optimization for Training Deep Models", "Convolutional Networks", "Sequence Modeling", "Practical Methodology",
        "Applications", "Linear Factor Models", "Autoencoders", "Representation Learning",
        "Structured Probabilistic Models", "Monte Carlo Methods", "Confronting the Partition Function",
        "Approximate Inference", "Deep Generative Models"};
    static final String[] PARTS = {"Applied Math and Machine Learning Basics", "Modern Practical Deep Networks",
        "Deep Learning Research"};

    public static void main(String[] args) throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 450; i++) {
                document.addPage(new PDPage());
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Deep Learning (sample outline)");
            document.setDocumentInformation(info);
            PDDocumentOutline outline = new PDDocumentOutline();
            int page = 12;
            int chapter = 0;
            int[] perPart = {1, 4, 7, 8};
            for (int part = 0; part < 4; part++) {
                PDOutlineItem holder = part == 0 ? null : item(document, "Part " + "I".repeat(part) + " " + PARTS[part - 1], page);
                for (int c = 0; c < perPart[part]; c++) {
                    PDOutlineItem item = item(document, (chapter + 1) + " " + CHAPTERS[chapter], page);
                    for (int s = 1; s <= 5; s++) {
                        item.addLast(item(document, (chapter + 1) + "." + s + " Section", page));
                        page += 3 + (chapter + s) % 3;
                    }
                    page += 1;
                    chapter++;
                    if (holder == null) {
                        outline.addLast(item);
                    } else {
                        holder.addLast(item);
                    }
                }
                if (holder != null) {
                    outline.addLast(holder);
                }
            }
            outline.addLast(item(document, "Bibliography", Math.min(page, 430)));
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.save(new File(args[0]));
        }
    }

    static PDOutlineItem item(PDDocument document, String title, int page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(document.getPage(Math.min(page, 449) - 1));
        item.setDestination(destination);
        return item;
    }
}
