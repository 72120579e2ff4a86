package org.kesher.access.boundary;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.kesher.access.control.StaffAccounts.StaffLine;

/** The staff list of one view of the staff screen, read once and kept until a change. */
@ViewScoped
public class StaffList implements Serializable {

  private static final long serialVersionUID = 1L;

  private List<StaffLine> lines;

  List<StaffLine> lines(Supplier<List<StaffLine>> read) {
    if (lines == null) {
      lines = List.copyOf(read.get());
    }
    return lines;
  }

  /** After a change: the next rendering reads the list afresh. */
  void forget() {
    lines = null;
  }
}
