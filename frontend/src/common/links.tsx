import { Anchor, type AnchorProps } from "@mantine/core";
import { createLink } from "@tanstack/react-router";
import { forwardRef, type ComponentPropsWithoutRef } from "react";

const MantineAnchor = forwardRef<HTMLAnchorElement, AnchorProps & ComponentPropsWithoutRef<"a">>((props, ref) => (
  <Anchor ref={ref} {...props} />
));
MantineAnchor.displayName = "MantineAnchor";

/** A Mantine anchor that is a typed TanStack Router link. */
export const AnchorLink = createLink(MantineAnchor);
