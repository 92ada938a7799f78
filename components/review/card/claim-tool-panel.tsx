"use client";

import { useTranslations } from "next-intl";
import type { ToolName } from "../review-desk";
import { AssignTool } from "./assign-tool";
import { useCardTools } from "./card-context";
import { EditTool } from "./edit-tool";
import { EvidenceTool } from "./evidence-tool";
import { MergeTool } from "./merge-tool";
import { NoteTool } from "./note-tool";
import { ReasonTool } from "./reason-tool";
import { RemoveTool } from "./remove-tool";
import { SourceTool } from "./source-tool";
import { SplitTool } from "./split-tool";
import { ToolPanel } from "./tool-panel";

const TOOL_VIEWS: Record<ToolName, () => React.ReactNode> = {
  reason: ReasonTool,
  note: NoteTool,
  evidence: EvidenceTool,
  source: SourceTool,
  assign: AssignTool,
  edit: EditTool,
  split: SplitTool,
  merge: MergeTool,
  remove: RemoveTool,
};

/** The open tool of a card, in its panel; keyed by the tool, so its first field takes the focus when it opens. */
export function ClaimToolPanel({ tool }: { tool: ToolName }) {
  const t = useTranslations("review");
  const { close } = useCardTools();
  const View = TOOL_VIEWS[tool];
  return (
    <ToolPanel key={tool} title={t(`tool.${tool}`)} onClose={close}>
      <View />
    </ToolPanel>
  );
}
